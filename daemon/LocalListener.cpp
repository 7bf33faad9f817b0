#include "daemon/LocalListener.h"

#include <fcntl.h>
#include <unistd.h>

namespace clm::daemon {

void LocalListener::incomingConnection(quintptr socketDescriptor)
{
    const int descriptor = int(socketDescriptor);
    const int flags = ::fcntl(descriptor, F_GETFL);
    if (flags < 0 || ::fcntl(descriptor, F_SETFL, flags | O_NONBLOCK) < 0 ||
        ::fcntl(descriptor, F_SETFD, FD_CLOEXEC) < 0) {
        ::close(descriptor);
        return;
    }
    emit accepted(descriptor);
}

} // namespace clm::daemon
