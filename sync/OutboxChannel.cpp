// SPDX-License-Identifier: MIT
#include "sync/OutboxChannel.h"

namespace vsys::sync {

OutboxChannel::~OutboxChannel() = default;

} // namespace vsys::sync
