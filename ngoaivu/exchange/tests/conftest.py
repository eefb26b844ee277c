import io

import pytest
from openpyxl import load_workbook


@pytest.fixture
def specialist(users):
    from ngoaivu.core.roles import Role

    return users[Role.SPECIALIST]


@pytest.fixture
def web(client_for, specialist):
    return client_for(specialist)


def read_xlsx(content: bytes) -> list[list]:
    sheet = load_workbook(io.BytesIO(content)).worksheets[0]
    return [list(row) for row in sheet.iter_rows(values_only=True)]
