import os
import sys

from .cli import main

code = main()
# Everything is written and closed by now. A big run leaves hundreds of
# thousands of objects (black's syntax trees among them, which are cycles)
# whose freeing at the interpreter's exit took a third of a second of
# GitHub's run: the process ends here instead, its output flushed first.
try:
    sys.stdout.flush()
    sys.stderr.flush()
except OSError:  # (a reader that went away: nothing left to tell it)
    code = code or 1
os._exit(code)
