# The shipped base model (models/base; docs/model.md). `make base` imports make data's
# Debian datanets into $(BASE_DATA), trains the base with the recorded command below
# (deterministic: the same weights on any GOMAXPROCS; ~60-90 min on one core), and
# exports the folder, its manifest (sha256 of every file and datanet, held-out loss,
# count-model baselines) and the loss curve. models/base_test.go checks that the
# command's first steps reproduce the committed loss.csv exactly.
.PHONY: base
BASE_DATA  ?= $(CACHE)/base-data
BASE_TRAIN := train base --name base --datanet devil,jargon,foldoc,vera,fortunes --config small --vocab 4096 --steps 10800 --batch 8 --seq-len 128 --lr 2e-3 --warmup 100 --seed 1 --checkpoint-every 400
BASE_SOURCES := devil=Debian dict-devil 1.0-13.1,jargon=Debian dict-jargon 4.4.7-3.1,foldoc=Debian dict-foldoc 20230119-1,vera=Debian dict-vera 1:1.24-1,fortunes=Debian fortunes 1:1.99.1-7.3

base: build
	rm -rf $(BASE_DATA)
	DATA=$(BASE_DATA) CACHE=$(CACHE) scripts/data.sh
	$(BIN)/poa --data $(BASE_DATA) $(BASE_TRAIN) --curve models/base/loss.csv
	$(GO) run ./scripts/basemodel export -data $(BASE_DATA) -model base -out models/base -command "poa $(BASE_TRAIN)" -sources "$(BASE_SOURCES)"
	$(GO) run ./scripts/basemodel plot -out models/base
