"""Messages between the parent and its workers.

Parent to worker: pickled chunks of jobs (the parent is trusted). Worker to parent: JSON
only, decoded strictly, because a worker runs hostile code and pickle would hand it the
parent. A worker never sees expected outputs: it returns output grids as digit strings
and the parent scores them.
"""

from __future__ import annotations

import json
import os
import struct
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from dsl.types import MAX_SIDE
from evo.executor.outputs import Cells

STATUSES = ("ok", "error", "timeout", "invalid", "rejected")
MAX_MESSAGE_CHARS = 300
MAX_REPLY_BYTES = 1 << 20

EncodedGrid = tuple[int, int, bytes]
"""A grid as (height, width, one byte per cell in row order), the form inputs travel in."""


@dataclass(frozen=True)
class Job:
    """One program to run on the input grids of one task (train inputs, then test inputs)."""

    index: int
    code: str
    inputs: tuple[EncodedGrid, ...]


@dataclass(frozen=True)
class RawPair:
    """A worker's verdict on one pair, before scoring: an error or an output as digits."""

    status: str
    error: str | None = None
    height: int = 0
    width: int = 0
    digits: str = ""


class ProtocolError(ValueError):
    """A worker reply that does not follow the protocol: the worker is not to be trusted."""


def encode_input(grid: npt.NDArray[np.int64]) -> EncodedGrid:
    """A task grid in transit form."""
    height, width = grid.shape
    return height, width, np.ascontiguousarray(grid, dtype=np.uint8).tobytes()


def decode_input(item: EncodedGrid) -> npt.NDArray[np.int64]:
    """An int64 grid viewing immutable bytes: no program can make it writeable again."""
    height, width, data = item
    wide = np.frombuffer(data, dtype=np.uint8).astype(np.int64).tobytes()
    return np.frombuffer(wide, dtype=np.int64).reshape(height, width)


def pair_ok(cells: Cells) -> list[object]:
    """The wire form of a valid output grid."""
    height, width = cells.shape
    return ["ok", height, width, (cells + 48).tobytes().decode("ascii")]


def pair_failed(status: str, message: str) -> list[object]:
    """The wire form of a failed pair."""
    return [status, message[:MAX_MESSAGE_CHARS]]


def job_reply(index: int, pairs: list[list[object]]) -> bytes:
    """A worker's reply for one job."""
    return json.dumps(["job", index, pairs]).encode()


def control_reply(kind: str, detail: object) -> bytes:
    """A worker's 'ready' (with its containment layers) or 'fail' (with the reason) message."""
    return json.dumps([kind, detail]).encode()


def _decode_pair(raw: object) -> RawPair:
    """One pair verdict, checked field by field."""
    if not isinstance(raw, list) or not raw or raw[0] not in STATUSES:
        raise ProtocolError("bad pair")
    if raw[0] != "ok":
        if len(raw) != 2 or not isinstance(raw[1], str) or len(raw[1]) > MAX_MESSAGE_CHARS:
            raise ProtocolError("bad failed pair")
        return RawPair(raw[0], raw[1])
    if len(raw) != 4:
        raise ProtocolError("bad ok pair")
    _, height, width, digits = raw
    if type(height) is not int or type(width) is not int:
        raise ProtocolError("bad grid shape")
    if not (1 <= height <= MAX_SIDE and 1 <= width <= MAX_SIDE):
        raise ProtocolError("bad grid shape")
    if not isinstance(digits, str) or len(digits) != height * width:
        raise ProtocolError("bad grid size")
    if not (digits.isascii() and digits.isdigit()):
        raise ProtocolError("bad grid cells")
    return RawPair("ok", None, height, width, digits)


def decode_reply(data: bytes) -> tuple[str, object]:
    """(kind, body) of a worker message: kind 'job' has body (index, [RawPair...])."""
    try:
        message = json.loads(data)
    except (ValueError, RecursionError) as exc:
        raise ProtocolError(f"not JSON: {exc}") from exc
    if not isinstance(message, list) or not message or message[0] not in ("job", "ready", "fail"):
        raise ProtocolError("unknown message")
    if message[0] == "ready":
        layers = message[1] if len(message) == 2 else None
        if not isinstance(layers, list) or not all(isinstance(x, str) for x in layers):
            raise ProtocolError("bad ready message")
        return "ready", tuple(layers)
    if message[0] == "fail":
        return "fail", str(message[1] if len(message) > 1 else "")[:MAX_MESSAGE_CHARS]
    if len(message) != 3 or type(message[1]) is not int or not isinstance(message[2], list):
        raise ProtocolError("bad job reply")
    return "job", (message[1], [_decode_pair(p) for p in message[2]])


_HEADER = struct.Struct("<I")


def write_frame(fd: int, payload: bytes) -> None:
    """Write one length-prefixed message to a pipe in as few calls as the kernel allows."""
    data = memoryview(_HEADER.pack(len(payload)) + payload)
    while data:
        data = data[os.write(fd, data) :]


class FrameReader:
    """Splits the bytes read from a worker's pipe into messages, refusing oversized ones."""

    def __init__(self) -> None:
        self.buffer = bytearray()

    def feed(self, data: bytes) -> list[bytes]:
        """The complete messages now available."""
        self.buffer += data
        messages = []
        while len(self.buffer) >= _HEADER.size:
            (size,) = _HEADER.unpack_from(self.buffer)
            if size > MAX_REPLY_BYTES:
                raise ProtocolError(f"a {size}-byte message")
            end = _HEADER.size + size
            if len(self.buffer) < end:
                break
            messages.append(bytes(self.buffer[_HEADER.size : end]))
            del self.buffer[:end]
        return messages
