"""A second launch in its own process, as the system starts one for a clicked link:
`python -m tests.desktop.links.second_launch <socket name> <link> [--claim]`. Exits 0 when the running
instance took the link, 1 when nobody did (with --claim, this process then listened in its place).

A process of its own because the sender blocks on the socket: in the receiver's process it would
hold the interpreter while the receiver's slots wait for it."""

import sys

from desktop.links.single_instance import SingleInstance


def main(argv: list[str]) -> int:
    name, link, *options = argv
    instance = SingleInstance(name)
    handed_over = instance.claim(link) if "--claim" in options else instance.hand_over(link)
    return 0 if handed_over else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
