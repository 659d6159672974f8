package main

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
	"sync"
)

var ErrNegative = errors.New("negative value")

func validate(input string) (int, error) {
	n, err := strconv.Atoi(input)
	if err != nil {
		return 0, fmt.Errorf("validate %q: %w", input, err)
	}
	if n < 0 {
		return 0, fmt.Errorf("validate %q: %w", input, ErrNegative)
	}
	return n, nil
}

func main() {
	inputs := []string{"12", "x7", "-4", "30", "", "-1", "5"}
	errs := make(chan error, len(inputs))
	var mu sync.Mutex
	sum := 0
	var wg sync.WaitGroup
	for _, in := range inputs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			n, err := validate(in)
			if err != nil {
				errs <- err
				return
			}
			mu.Lock()
			sum += n
			mu.Unlock()
		}()
	}
	wg.Wait()
	close(errs)

	var all []error
	for err := range errs {
		all = append(all, err)
	}
	// Errors arrive in completion order; sort by message for stable output.
	sort.Slice(all, func(i, j int) bool { return all[i].Error() < all[j].Error() })
	negatives := 0
	for _, err := range all {
		fmt.Println("error:", err)
		if errors.Is(err, ErrNegative) {
			negatives++
		}
	}
	fmt.Println("valid sum:", sum, "errors:", len(all), "negative:", negatives)

	joined := errors.Join(all...)
	fmt.Println("joined is ErrNegative:", errors.Is(joined, ErrNegative))
	fmt.Println(joined)
}
