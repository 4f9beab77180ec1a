import sys

from korre_desktop.cli import main

sys.exit(main())
