from reports import monthly


def test_monthly():
    assert monthly([{"month": "2024-01", "total": 3}]) == {"2024-01": 3}
