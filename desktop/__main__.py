"""`python -m desktop` / `sav-desktop`: starts the Origyne SAV desktop app."""

import sys


def main() -> int:
    from desktop.app import run

    return run(sys.argv)


if __name__ == "__main__":
    sys.exit(main())
