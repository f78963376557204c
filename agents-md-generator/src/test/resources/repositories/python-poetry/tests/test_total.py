from invoices import total


def test_total(lines):
    assert total(lines) == 399
