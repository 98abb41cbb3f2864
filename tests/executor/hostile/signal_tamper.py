# expect: rejected 'signal'
# unguarded: timeout
"""The alarm is ignored and disarmed, then a loop: the parent still kills the worker."""

import signal


def transform(grid):
    signal.signal(signal.SIGALRM, signal.SIG_IGN)
    signal.setitimer(signal.ITIMER_REAL, 0)
    while True:
        pass
