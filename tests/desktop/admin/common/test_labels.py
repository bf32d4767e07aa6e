import pytest

from desktop.admin.common.labels import PERMISSION_GROUPS, permission_label
from shared_schemas.enums import Permission


@pytest.mark.parametrize("permission", list(Permission))
def test_every_permission_has_a_french_name_and_a_box_in_the_role_dialog(permission):
    assert permission_label(permission) != str(permission)
    assert sum(permission in permissions for _title, permissions in PERMISSION_GROUPS) == 1
