import pytest


@pytest.fixture
def lines():
    return [(2, 150), (1, 99)]
