// Package chart draws OPEN's unlock schedule (tokenomics.Schedule) as a PNG with
// gonum/plot: a stacked area per allocation, in percent of the supply, with the
// circulating total as a line on top. It is apart from package tokenomics so that the
// packages reading the genesis do not link the plotting library.
package chart

import (
	"fmt"
	"image/color"
	"io"
	"math/big"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/plotutil"
	"gonum.org/v1/plot/vg"

	"poa/tokenomics"
)

// Size of the image: 8 × 5 inches at gonum/plot's default 96 dpi for PNG (768 × 480).
const (
	Width  = 8 * vg.Inch
	Height = 5 * vg.Inch
)

// Plot builds the chart of rows (a Schedule of g) for months 0 through the last row.
func Plot(g *tokenomics.Genesis, rows []tokenomics.Month) (*plot.Plot, error) {
	if len(rows) == 0 {
		return nil, fmt.Errorf("chart: no months to plot")
	}
	n := len(g.Token.Allocations)
	supply := new(big.Float).SetInt(tokenomics.Supply())
	pct := func(v *big.Int) float64 {
		f, _ := new(big.Float).Quo(new(big.Float).SetInt(v), supply).Float64()
		return 100 * f
	}
	// cum[i] is the stack up to and including allocation i.
	cum := make([]plotter.XYs, n)
	circ := make(plotter.XYs, len(rows))
	for i := range cum {
		cum[i] = make(plotter.XYs, len(rows))
	}
	for r, row := range rows {
		if len(row.Unlocked) != n {
			return nil, fmt.Errorf("chart: month %d has %d allocations, the genesis %d", row.Month, len(row.Unlocked), n)
		}
		acc := new(big.Int)
		for i, u := range row.Unlocked {
			acc.Add(acc, u)
			cum[i][r] = plotter.XY{X: float64(row.Month), Y: pct(acc)}
		}
		circ[r] = plotter.XY{X: float64(row.Month), Y: pct(row.Circulating)}
	}
	p := plot.New()
	p.Title.Text = "OPEN unlock schedule"
	p.X.Label.Text = fmt.Sprintf("months after TGE (1 month = %d s)", tokenomics.MonthSeconds)
	p.Y.Label.Text = "% of the 1,000,000,000 OPEN supply"
	p.Y.Min, p.Y.Max = 0, 100
	p.X.Min, p.X.Max = float64(rows[0].Month), float64(rows[len(rows)-1].Month)
	p.Add(plotter.NewGrid())
	// Top left, where the schedule starts low.
	p.Legend.Top, p.Legend.Left = true, true
	p.Legend.XOffs, p.Legend.YOffs = vg.Points(12), -vg.Points(8)
	// Top of the stack first, so that each lower area paints over the one above it.
	areas := make([]*plotter.Line, n)
	for i := n - 1; i >= 0; i-- {
		l, err := plotter.NewLine(cum[i])
		if err != nil {
			return nil, fmt.Errorf("chart: %w", err)
		}
		l.FillColor = plotutil.Color(i)
		l.LineStyle.Width = 0
		p.Add(l)
		areas[i] = l
	}
	for i, a := range g.Token.Allocations {
		p.Legend.Add(a.Name, areas[i])
	}
	total, err := plotter.NewLine(circ)
	if err != nil {
		return nil, fmt.Errorf("chart: %w", err)
	}
	total.LineStyle.Width = vg.Points(2)
	total.LineStyle.Color = color.Black
	p.Add(total)
	p.Legend.Add("circulating", total)
	return p, nil
}

// WritePNG writes the chart of g's schedule for months 0 through months to w.
func WritePNG(w io.Writer, g *tokenomics.Genesis, months int) error {
	p, err := Plot(g, tokenomics.Schedule(g, months))
	if err != nil {
		return err
	}
	wt, err := p.WriterTo(Width, Height, "png")
	if err != nil {
		return fmt.Errorf("chart: %w", err)
	}
	if _, err := wt.WriteTo(w); err != nil {
		return fmt.Errorf("chart: write png: %w", err)
	}
	return nil
}
