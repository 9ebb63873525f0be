package chart

import (
	"bytes"
	"image/png"
	"testing"

	"poa/tokenomics"
)

func TestWritePNG(t *testing.T) {
	var buf bytes.Buffer
	if err := WritePNG(&buf, tokenomics.Default(), 60); err != nil {
		t.Fatal(err)
	}
	img, err := png.Decode(&buf)
	if err != nil {
		t.Fatalf("not a PNG: %v", err)
	}
	if b := img.Bounds(); b.Dx() < 400 || b.Dy() < 200 {
		t.Errorf("image %v", b)
	}
	if _, err := Plot(tokenomics.Default(), nil); err == nil {
		t.Error("plotted no months")
	}
}
