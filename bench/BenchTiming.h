// SPDX-License-Identifier: MIT
// BenchTiming: the timing loop the autosave and postal benches share — a figure and its floor timed in
// alternating blocks within one run, so that a busy machine slows both alike, and the median block kept.
#pragma once

#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace vsys::bench {

struct Timing
{
    double figure; ///< seconds per call of the measured path
    double floor; ///< seconds per call of its floor
};

/// Runs `blocks` alternating blocks of `callsPerBlock` calls of `figure` and of `floor`; the median block of each.
template <typename Figure, typename Floor>
Timing timeAlternating(int blocks, int callsPerBlock, Figure&& figure, Floor&& floor)
{
    std::vector<double> figures, floors;
    const auto timeBlock = [callsPerBlock](auto& call) {
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < callsPerBlock; ++i) {
            call(i);
        }
        return double(timer.nsecsElapsed()) / 1e9 / callsPerBlock;
    };
    for (int block = 0; block < blocks; ++block) {
        figures.push_back(timeBlock(figure));
        floors.push_back(timeBlock(floor));
    }
    std::sort(figures.begin(), figures.end());
    std::sort(floors.begin(), floors.end());
    return {figures[figures.size() / 2], floors[floors.size() / 2]};
}

/// `what: 12.3 us per write; floor (why): 4.5 us; ratio 2.73x`
inline void printTiming(const char* what, const char* unit, const char* floorName, const Timing& timing)
{
    std::printf("%s: %.2f us per %s (%.0f/s); floor (%s): %.2f us (%.0f/s); ratio %.2fx\n", what, timing.figure * 1e6,
                unit, 1 / timing.figure, floorName, timing.floor * 1e6, 1 / timing.floor, timing.figure / timing.floor);
}

} // namespace vsys::bench
