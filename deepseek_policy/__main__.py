"""``python -m deepseek_policy``: see :mod:`deepseek_policy.cli`."""

from deepseek_policy.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
