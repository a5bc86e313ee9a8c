//go:build race

package platform_test

// raceSlowdown scales the time limits of long JavaScript runs: the race
// detector makes goja several times slower, and a WPT file that ran out
// of time would count its pending subtests as failures.
const raceSlowdown = 3
