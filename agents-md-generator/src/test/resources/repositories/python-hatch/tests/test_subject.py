from notify import subject


def test_subject():
    assert subject("paid") == "[notify] paid"
