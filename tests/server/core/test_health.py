import pytest

pytestmark = pytest.mark.django_db


def test_it_answers_without_credentials(api):
    response = api.get("/api/v1/health")
    assert response.status_code == 200
    assert response.json()["status"] == "ok"


def test_unknown_api_path_is_a_problem_document(api_as, agent):
    response = api_as(agent).get("/api/v1/health/nowhere")
    assert response.status_code == 404
