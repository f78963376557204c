def subject(event: str) -> str:
    return f"[notify] {event}"
