# expect: rejected 'socket'
# unguarded: error PermissionError
"""A network connection."""

import socket


def transform(grid):
    connection = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    connection.connect(("127.0.0.1", 22))
    return grid
