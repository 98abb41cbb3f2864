# expect: rejected 'threading'
# unguarded: error can't start new thread
"""A thread bomb."""

import threading


def transform(grid):
    while True:
        threading.Thread(target=lambda: None).start()
