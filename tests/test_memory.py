"""The cycle collector runs after every 50,000 new objects in the window and every million
in a command (its default, every 700, cost a quarter of loading a 50,000-student list)."""

import gc
import subprocess
import sys

from korre_desktop.memory import FOR_COMMANDS, FOR_THE_WINDOW, tune_cycle_collector


def test_tuning_keeps_the_older_generations() -> None:
    before = gc.get_threshold()
    try:
        gc.set_threshold(700, 10, 10)
        tune_cycle_collector()
        assert gc.get_threshold() == (FOR_THE_WINDOW, 10, 10)
    finally:
        gc.set_threshold(*before)


def test_the_command_line_and_the_window_tune_it() -> None:
    script = (
        "import gc, contextlib, io\n"
        "from korre_desktop.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()), contextlib.suppress(SystemExit):\n"
        "    main(['--version'])\n"
        "print(gc.get_threshold()[0])\n"
        "gc.set_threshold(700)\n"
        "from korre_desktop.gui.app import make_application\n"
        "make_application()\n"
        "print(gc.get_threshold()[0])\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=60
    )
    assert done.stdout.split() == [str(FOR_COMMANDS), str(FOR_THE_WINDOW)]
