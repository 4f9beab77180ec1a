"""Reading one scanned or photographed page of a returned form: raw scores, no decisions.

``sources`` gives pages out of files one at a time, ``qr`` finds the form's QR code,
``align`` fits the page to its printed template by the corner markers, ``measure`` scores
the ink in every tick box and the signature box, and ``read_page`` runs them in order.
No Qt and no database here; every function is safe to call from worker threads.
"""
