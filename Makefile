# The two commands of the README: `make run` and `make test`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin

.PHONY: run test lint bench chaos hub clean translations i18n-update screenshots

$(BIN)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[test]'
	touch $@

QM := resources/i18n/commandcenter_zh_CN.qm
TS := resources/i18n/commandcenter_zh_CN.ts
UI_SOURCES := $(wildcard commandcenter/views/*.py commandcenter/models/*.py commandcenter/widgets/*.py) commandcenter/app.py

$(QM): $(TS) $(BIN)/.installed
	$(BIN)/pyside6-lrelease -silent $(TS) -qm $(QM)

translations: $(QM)

# after changing UI strings: refresh the .ts from the sources, translate, commit it
i18n-update: $(BIN)/.installed
	$(BIN)/pyside6-lupdate $(UI_SOURCES) -ts $(TS)

run: $(BIN)/.installed $(QM)
	$(BIN)/commandcenter

screenshots: $(BIN)/.installed $(QM)
	QT_QPA_PLATFORM=offscreen $(BIN)/python tools/screenshots.py

hub: run

lint: $(BIN)/.installed
	$(BIN)/ruff check .
	$(BIN)/lint-imports

test: $(BIN)/.installed $(QM)
	./tools/system-deps.sh
	$(MAKE) lint
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest -q -p no:cacheprovider --durations=15

bench: $(BIN)/.installed
	$(BIN)/python -m bench

# the long survival runs (their short versions are part of `make test`)
chaos: $(BIN)/.installed
	./tools/system-deps.sh
	$(BIN)/python -m tests.chaos

clean:
	rm -rf $(VENV) build *.egg-info
