# The two commands: `make run` and `make test`. Everything installs into .venv.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD := 1

.PHONY: run test lint format worker beat install install-dev makemessages messages migrate seed clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(VENV)/.installed: requirements.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.installed-dev: requirements.txt requirements-dev.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements-dev.txt
	touch $(VENV)/.installed $@

install: $(VENV)/.installed
install-dev: $(VENV)/.installed-dev

# Re-extract our strings into locale/ (needs GNU gettext); translate, then `make messages`.
makemessages: $(VENV)/.installed
	$(BIN)/python manage.py makemessages -l kk -l ru --no-obsolete \
		--ignore=.venv --ignore=var --ignore=tests --ignore=locale_vendor --ignore=staticfiles

messages: $(VENV)/.installed
	$(BIN)/python manage.py compile_catalogues

migrate: $(VENV)/.installed
	mkdir -p var
	$(BIN)/python manage.py migrate --noinput

seed: migrate
	$(BIN)/python manage.py seed_demo

run: messages seed
	$(BIN)/python manage.py runserver 127.0.0.1:8000

# pytest-xdist: one worker per CPU the process may use ("logical": a 2-vCPU CI
# machine may count one physical core; PYTEST_XDIST_AUTO_NUM_WORKERS=3 for three,
# PYTEST_WORKERS=0 for one process, as pdb needs). Outside CI the test databases
# are kept between runs (--reuse-db, migrations still applied); CI builds them afresh.
PYTEST_WORKERS ?= logical
PYTEST_REUSE_DB := $(if $(CI),,--reuse-db)

test: install-dev messages
	$(BIN)/pytest -n $(PYTEST_WORKERS) $(PYTEST_REUSE_DB) $(PYTEST_ARGS)

lint: install-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install-dev
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

worker: $(VENV)/.installed
	$(BIN)/celery -A lms worker --loglevel=INFO

beat: $(VENV)/.installed
	$(BIN)/celery -A lms beat --loglevel=INFO

clean:
	rm -rf $(VENV) var staticfiles
