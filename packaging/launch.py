"""The bundle's entry point: the same `main` as the `awareness-app` command."""

import sys

from awareness_app.cli import main

if __name__ == "__main__":
    sys.exit(main())
