package bounds_test

import (
	"errors"
	"fmt"

	"poa/bounds"
)

func Example() {
	validate := func(steps int, lr float64) error {
		return bounds.First(
			bounds.In("TrainConfig.Steps", steps, 1, 100_000_000),
			bounds.Above("TrainConfig.LR", lr, 0, 1),
		)
	}
	fmt.Println(validate(200, 3e-3))
	err := validate(-1, 3e-3)
	var be *bounds.Error
	if errors.As(err, &be) {
		fmt.Println(be.Setting, "|", be.Value, "|", be.Want)
	}
	fmt.Println(validate(200, 0))
	// Output:
	// <nil>
	// TrainConfig.Steps | -1 | [1, 100000000]
	// TrainConfig.LR = 0 is outside (0, 1]
}
