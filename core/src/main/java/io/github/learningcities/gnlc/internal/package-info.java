/** Internal helpers of gnlc; not exported, not for users. */
@NullMarked
package io.github.learningcities.gnlc.internal;

import org.jspecify.annotations.NullMarked;
