import pytest

from desktop.api.errors import ApiError
from desktop.auth import operations
from tests.desktop.push.helpers import ADMIN, DEMO_PASSWORD, a_client_of_a_new_customer, signed_api

pytestmark = pytest.mark.asyncio


async def test_an_agent_signs_in_and_the_session_knows_the_role(make_ctx, sign_in_as):
    ctx = make_ctx()
    user = await sign_in_as(ctx, "agent@origyne.fr")
    assert user.is_staff and ctx.session.user == user
    await operations.sign_out(ctx)
    assert not ctx.session.is_signed_in


async def test_a_wrong_password_is_refused_with_its_code(make_ctx, sav_server):
    ctx = make_ctx()
    with pytest.raises(ApiError) as caught:
        await operations.sign_in(
            ctx, server_url=sav_server.url, email="client.a@demo.fr", password="nope-nope-nope", stay_signed_in=False
        )
    assert caught.value.code == "invalid_credentials"
    assert not ctx.session.is_signed_in


async def test_staying_signed_in_restores_the_session_from_the_keyring(make_ctx, sign_in_as, memory_keyring, tmp_path):
    settings_file = tmp_path / "settings.ini"
    first = make_ctx(settings_file)
    await sign_in_as(first, "client.a@demo.fr", stay_signed_in=True)
    assert len(memory_keyring.secrets) == 1
    await first.detach_api()

    second = make_ctx(settings_file)
    user = await operations.restore_session(second)
    assert user is not None and user.email == "client.a@demo.fr"
    await operations.sign_out(second)
    assert memory_keyring.secrets == {}
    third = make_ctx(settings_file)
    assert await operations.restore_session(third) is None


async def test_concurrent_calls_with_an_expired_access_token_refresh_once(make_ctx, sign_in_as):
    import asyncio

    ctx = make_ctx()
    await sign_in_as(ctx, "agent@origyne.fr")
    rotations = []
    ctx.api.on_tokens_changed(lambda tokens: rotations.append(tokens.refresh))
    ctx.api.tokens.access = "expired-or-forged"
    results = await asyncio.gather(*(ctx.api.get("me") for _ in range(5)))
    assert all(r["email"] == "agent@origyne.fr" for r in results)
    assert len(rotations) == 1
    await operations.sign_out(ctx)


async def test_a_password_change_sent_with_an_expired_access_token_refreshes_it_then_changes(
    make_ctx, sign_in_as, sav_server
):
    admin_api = await signed_api(sav_server.url, ADMIN)
    _, email, client_api = await a_client_of_a_new_customer(admin_api, sav_server.url, "Garage Test")
    await client_api.close()
    await admin_api.close()
    ctx = make_ctx()
    await sign_in_as(ctx, email)
    ctx.api.tokens.access = "expired-or-forged"

    await operations.change_password(ctx, current_password=DEMO_PASSWORD, new_password="Cle-De-Douze-2026!")

    assert (await ctx.api.get("me"))["email"] == email
    await operations.sign_out(ctx)
    with pytest.raises(ApiError) as refused:
        await sign_in_as(make_ctx(), email)
    assert refused.value.code == "invalid_credentials"  # the new password is the one now
