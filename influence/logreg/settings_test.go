package logreg

import (
	"context"
	"errors"
	"math"
	"testing"

	"poa/bounds"
)

// TestSettingsRefused: Eval fills zero settings with defaults and refuses values
// outside their ranges before any work, naming the field.
func TestSettingsRefused(t *testing.T) {
	ds := &Dataset{Name: "unused"} // refused settings never reach the data
	for _, c := range []struct {
		name    string
		set     Settings
		setting string
	}{
		{name: "test-frac=1", set: Settings{TestFrac: 1}, setting: "Settings.TestFrac"},
		{name: "l2=-1", set: Settings{L2: -1}, setting: "Settings.L2"},
		{name: "loo=-1", set: Settings{LOO: -1}, setting: "Settings.LOO"},
		{name: "queries=-1", set: Settings{Queries: -1}, setting: "Settings.Queries"},
		{name: "sketch-dim=huge", set: Settings{SketchDim: math.MaxInt}, setting: "Settings.SketchDim"},
		{name: "trak-models=-5", set: Settings{TRAKModels: -5}, setting: "Settings.TRAKModels"},
		{name: "mislabel=0.9", set: Settings{MislabelFrac: 0.9}, setting: "Settings.MislabelFrac"},
		{name: "mislabel=NaN", set: Settings{MislabelFrac: math.NaN()}, setting: "Settings.MislabelFrac"},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, err := Eval(context.Background(), ds, c.set)
			var be *bounds.Error
			if !errors.Is(err, ErrSettings) || !errors.As(err, &be) || be.Setting != c.setting {
				t.Fatalf("got %v, want ErrSettings naming %s", err, c.setting)
			}
		})
	}
	if err := (Settings{TestFrac: 0.3, L2: 1, LOO: 100, SketchDim: 128, TRAKModels: 5, MislabelFrac: -1}).Validate(); err != nil {
		t.Fatalf("valid settings refused: %v", err)
	}
}
