# expect: rejected 'os'
# unguarded: error the worker died (killed by SIGKILL)
"""The worker kills itself."""

import os
import signal


def transform(grid):
    os.kill(os.getpid(), signal.SIGKILL)
