package main

import (
	"image/color"
	"os"
	"strconv"
	"strings"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
)

// plotCurve draws a loss.csv (training loss averaged over 50 steps, and the
// held-out loss where measured) into a PNG.
func plotCurve(csvPath, pngPath string) error {
	b, err := os.ReadFile(csvPath)
	if err != nil {
		return err
	}
	var train, held plotter.XYs
	var win []float64
	for i, line := range strings.Split(strings.TrimSpace(string(b)), "\n") {
		f := strings.Split(line, ",")
		if i == 0 || len(f) != 7 {
			continue
		}
		step, _ := strconv.Atoi(f[0])
		if l, err := strconv.ParseFloat(f[3], 64); err == nil {
			win = append(win, l)
			if len(win) == 50 {
				var s float64
				for _, x := range win {
					s += x
				}
				train = append(train, plotter.XY{X: float64(step), Y: s / 50})
				win = win[:0]
			}
		}
		if h, err := strconv.ParseFloat(f[6], 64); err == nil {
			held = append(held, plotter.XY{X: float64(step), Y: h})
		}
	}
	p := plot.New()
	p.Title.Text = "shipped base: next-token loss"
	p.X.Label.Text = "step (8 × 128 tokens)"
	p.Y.Label.Text = "nats per token"
	p.Add(plotter.NewGrid())
	tl, err := plotter.NewLine(train)
	if err != nil {
		return err
	}
	hl, hp, err := plotter.NewLinePoints(held)
	if err != nil {
		return err
	}
	hl.Color, hp.Color = color.RGBA{R: 200, A: 255}, color.RGBA{R: 200, A: 255}
	p.Add(tl, hl, hp)
	p.Legend.Add("training (mean of 50 steps)", tl)
	p.Legend.Add("held-out", hl)
	p.Legend.Top = true
	return p.Save(8*vg.Inch, 5*vg.Inch, pngPath)
}
