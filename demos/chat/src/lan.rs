//! Which address to give the students: the machine's IPv4 addresses on its network
//! interfaces (loopback left out), read with `getifaddrs`. Nothing is sent anywhere.

use std::net::Ipv4Addr;

/// This machine's non-loopback IPv4 addresses, one per interface, e.g.
/// `[("wlan0", 192.168.1.23)]`.
pub fn ipv4_addresses() -> Vec<(String, Ipv4Addr)> {
    let mut found = Vec::new();
    let mut list: *mut libc::ifaddrs = std::ptr::null_mut();
    // SAFETY: getifaddrs fills `list` with a linked list that we walk read-only and free
    // exactly once with freeifaddrs; no pointer outlives this function.
    unsafe {
        if libc::getifaddrs(&mut list) != 0 {
            return found;
        }
        let mut cursor = list;
        while !cursor.is_null() {
            let entry = &*cursor;
            cursor = entry.ifa_next;
            let addr = entry.ifa_addr;
            if addr.is_null() || i32::from((*addr).sa_family) != libc::AF_INET {
                continue;
            }
            let sin = &*(addr as *const libc::sockaddr_in);
            let ip = Ipv4Addr::from(u32::from_be(sin.sin_addr.s_addr));
            if ip.is_loopback() || ip.is_unspecified() {
                continue;
            }
            let name = std::ffi::CStr::from_ptr(entry.ifa_name)
                .to_string_lossy()
                .into_owned();
            found.push((name, ip));
        }
        libc::freeifaddrs(list);
    }
    found
}

#[cfg(test)]
mod tests {
    #[test]
    fn lists_without_loopback() {
        assert!(super::ipv4_addresses()
            .iter()
            .all(|(_, ip)| !ip.is_loopback()));
    }
}
