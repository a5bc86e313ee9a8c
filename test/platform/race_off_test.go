//go:build !race

package platform_test

// raceSlowdown: see race_on_test.go.
const raceSlowdown = 1
