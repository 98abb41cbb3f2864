# expect: error MemoryError
"""Memory grabbed 100 MB at a time until the address-space limit stops it."""


def transform(grid):
    hoard = []
    while True:
        hoard.append(np.empty(10**8, dtype=np.uint8))
