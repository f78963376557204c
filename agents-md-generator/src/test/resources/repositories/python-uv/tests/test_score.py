from fraud import score


def test_small_domestic_payment_is_low_risk() -> None:
    assert score(1_000, "DE") < 0.01
