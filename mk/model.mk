# model engine: demo training, benchmark, long tests, fuzzing.
.PHONY: model-demo bench-model test-model-full fuzz-model

# Train the demo base model (small config) on the bundled devil datanet and an
# adapter on the jargon sample, then score and generate with them. Needs the
# datanets imported (make demo does that).
model-demo: build
	$(BIN)/poa --data $(DATA) train base --datanet devil --config small
	$(BIN)/poa --data $(DATA) train adapter jargon --datanet jargon --rank 8 --targets attn,mlp
	$(BIN)/poa --data $(DATA) model score --text "The devil is in the details." --adapter jargon
	$(BIN)/poa --data $(DATA) generate --adapter jargon --prompt "HACKER, n." --max-tokens 40 --temperature 0.8 --top-k 40 --seed 1

# Training tokens/s and per-example gradient examples/s on the demo config, as
# fractions of the machine's peak measured in the same run.
bench-model:
	$(GO) run ./benchmarks/model -steps 5 -examples 64

# Includes the GPT-2 124M-shaped checkpoint test (writes ~500 MB to a temp dir).
test-model-full:
	$(GO) test -count=1 ./kernels ./inference ./gradients

fuzz-model:
	$(GO) test -run XXX -fuzz FuzzSafetensors -fuzztime 60s ./inference
