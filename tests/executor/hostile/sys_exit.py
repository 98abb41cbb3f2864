# expect: rejected 'sys'
# unguarded: error SystemExit: 3
"""sys.exit: SystemExit is caught like any exception."""

import sys


def transform(grid):
    sys.exit(3)
