package main

import (
	"context"
	"errors"
	"fmt"
	"time"

	"golang.org/x/sync/errgroup"
)

// Three backends answer a query in parallel; one fails, which cancels the
// others, so the slow one gives up instead of finishing.
func backend(ctx context.Context, name string, d time.Duration, fail bool) (string, error) {
	select {
	case <-time.After(d):
		if fail {
			return "", fmt.Errorf("%s: unavailable", name)
		}
		return name + " result", nil
	case <-ctx.Done():
		return "", fmt.Errorf("%s: gave up: %w", name, context.Cause(ctx))
	}
}

func main() {
	g, ctx := errgroup.WithContext(context.Background())
	names := []string{"web", "images", "video"}
	delays := []time.Duration{10 * time.Millisecond, 30 * time.Millisecond, 200 * time.Millisecond}
	results := make([]string, len(names))
	errs := make([]error, len(names))
	for i := range names {
		g.Go(func() error {
			r, err := backend(ctx, names[i], delays[i], names[i] == "images")
			results[i], errs[i] = r, err
			return err
		})
	}
	err := g.Wait()
	fmt.Println("Wait:", err)
	for i := range names {
		fmt.Printf("%s: %q %v\n", names[i], results[i], errs[i])
	}
	var unavailable = errors.Unwrap(errs[2])
	fmt.Println("video gave up because:", unavailable)
}
