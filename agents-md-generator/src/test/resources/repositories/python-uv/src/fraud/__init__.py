def score(amount_cents: int, country: str) -> float:
    """Higher is riskier."""
    return min(1.0, amount_cents / 1_000_000 + (0.3 if country not in {"DE", "FR"} else 0.0))
