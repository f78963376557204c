def monthly(rows):
    return {row["month"]: row["total"] for row in rows}
