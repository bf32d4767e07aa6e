from django.urls import path

from accounts.apis import agents, auth, me, roles, users

urlpatterns = [
    path("auth/login", auth.LoginApi.as_view(), name="auth-login"),
    path("auth/refresh", auth.RefreshApi.as_view(), name="auth-refresh"),
    path("auth/logout", auth.LogoutApi.as_view(), name="auth-logout"),
    path("auth/password/change", me.PasswordChangeApi.as_view(), name="password-change"),
    path("auth/password/reset", me.PasswordResetApi.as_view(), name="password-reset"),
    path("auth/password/reset/confirm", me.PasswordResetConfirmApi.as_view(), name="password-reset-confirm"),
    path("me", me.MeApi.as_view(), name="me"),
    path("users", users.UserCollectionApi.as_view(), name="users"),
    path("users/<id:user_id>", users.UserDetailApi.as_view(), name="user-detail"),
    path("users/<id:user_id>/deactivate", users.UserDeactivateApi.as_view(), name="user-deactivate"),
    path("users/<id:user_id>/reactivate", users.UserReactivateApi.as_view(), name="user-reactivate"),
    path("roles", roles.RoleCollectionApi.as_view(), name="roles"),
    path("roles/<id:role_id>", roles.RoleDetailApi.as_view(), name="role-detail"),
    path("agents", agents.AgentCollectionApi.as_view(), name="agents"),
    path("agents/<id:user_id>", agents.AgentDetailApi.as_view(), name="agent-detail"),
    path("agents/<id:user_id>/cost-rates", agents.AgentCostRatesApi.as_view(), name="agent-cost-rates"),
]
