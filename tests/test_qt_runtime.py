"""The pinned Qt binding keeps Python's own objects alive: PySide6 6.12.0 on CPython 3.11 dropped a
reference to True on every Signal.emit and aborted the process (bool_dealloc) after about a
thousand; a control room emits that many signals in a minute."""
from __future__ import annotations

import subprocess
import sys

PROBE = """
import sys
from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
app = QCoreApplication([])
class Probe(QObject):
    fired = Signal(int)
probe = Probe()
probe.fired.connect(lambda value: None)
before = sys.getrefcount(True), sys.getrefcount(None)
for i in range(20_000):
    probe.fired.emit(i)
    QTimer.singleShot(0, app.quit)
print(sys.getrefcount(True) - before[0], sys.getrefcount(None) - before[1])
"""


def test_emitting_signals_never_eats_references_to_true_or_none():
    done = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=60,
                          env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"})
    assert done.returncode == 0, done.stderr[-500:]
    true_delta, none_delta = map(int, done.stdout.split())
    # the faulty binding lost one reference per call (-20,000); the interpreter's own churn is a few
    assert abs(true_delta) < 100 and none_delta > -1000, (true_delta, none_delta)
