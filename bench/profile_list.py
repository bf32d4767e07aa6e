"""Profiles one API request in-process (no HTTP server): where the time of a ticket list goes.

    SAV_DATA_DIR=... .venv/bin/python bench/profile_list.py [--path /api/v1/tickets?queue=open] [--as agent@origyne.fr]
Prints the mean time per request and the top functions by cumulative time."""

import argparse
import cProfile
import os
import pstats
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(REPO / "server"), str(REPO)]
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
os.environ.setdefault("SAV_DEBUG", "false")
os.environ.setdefault("SAV_SECRET_KEY", "profile-only-secret-key-profile-only-secret-key-0123456789")
os.environ.setdefault("SAV_SECURE_SSL_REDIRECT", "false")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--path", default="/api/v1/tickets?queue=open")
    parser.add_argument("--as", dest="email", default="agent@origyne.fr")
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--top", type=int, default=30)
    args = parser.parse_args()

    import django

    django.setup()
    from rest_framework.test import APIClient
    from rest_framework_simplejwt.tokens import RefreshToken

    from accounts.models import User

    client = APIClient()
    client.credentials(
        HTTP_AUTHORIZATION=f"Bearer {RefreshToken.for_user(User.objects.get(email=args.email)).access_token}"
    )
    for _ in range(10):
        assert client.get(args.path).status_code == 200
    started = time.perf_counter()
    for _ in range(args.requests):
        client.get(args.path)
    elapsed = (time.perf_counter() - started) / args.requests
    print(f"{args.path}: {elapsed * 1000:.2f} ms per request (in-process, {args.requests} requests)")
    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(args.requests):
        client.get(args.path)
    profiler.disable()
    pstats.Stats(profiler).sort_stats(os.environ.get("PROFILE_SORT", "cumulative")).print_stats(args.top)


if __name__ == "__main__":
    main()
