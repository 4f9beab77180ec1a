"""Extra command-line commands, one module each, found automatically.

A module here defines ``register(commands, db_option)``: it adds its sub-parser to
``commands`` (with ``parents=[db_option]``) and sets ``handler=<function(path, args) -> int>``
with ``set_defaults``. The handler raises KorreError for user errors (exit 2, one line).

Modules named ``print_*.py`` are sub-commands of ``print`` (``print.py`` finds them) and
modules starting with ``_`` are helpers; neither is a top-level command.
"""

from __future__ import annotations

import importlib
import pkgutil
from types import ModuleType


def command_modules() -> list[ModuleType]:
    return [
        importlib.import_module(f"{__name__}.{info.name}")
        for info in sorted(pkgutil.iter_modules(__path__), key=lambda i: i.name)
        if not info.name.startswith(("_", "print_"))
    ]
