<?php
[, $phase, $json] = $argv;
$data = json_decode(file_get_contents($json), true);
if ($phase === 'install') define('WP_INSTALLING', true);
$_SERVER['HTTP_HOST'] = $_SERVER['SERVER_NAME'] = $data['host'];
$_SERVER['REQUEST_URI'] = '/';
$_SERVER['REQUEST_METHOD'] = 'GET';
$hook = static fn(callable $function) => [['function' => $function, 'accepted_args' => 1]];
$wp_filter = [
    'pre_http_request' => [1 => $hook(static fn() => new WP_Error('blocked', 'No HTTP from the peer.'))],
    'pre_wp_mail' => [1 => $hook(static fn() => true)],
    'upload_mimes' => [10 => $hook(static fn($mimes) => $mimes + ['svg' => 'image/svg+xml'])],
];
require $data['wordpress'] . '/wp-load.php';

function peer_check($result, string $what) {
    if (is_wp_error($result) || !$result) {
        $why = is_wp_error($result) ? $result->get_error_message() : 'no id';
        fwrite(STDERR, "$what failed: $why\n");
        exit(1);
    }
    return $result;
}

if ($phase === 'install') {
    require_once ABSPATH . 'wp-admin/includes/upgrade.php';
    $password = wp_generate_password(24);
    peer_check(wp_install($data['title'], 'editor', 'newsroom@example.org', true, '', $password), 'install');
    exit(0);
}

function peer_cover(array $cover, int $parent, string $date): int {
    $month = substr($date, 0, 4) . '/' . substr($date, 5, 2);
    $upload = wp_upload_bits(basename($cover['path']), null, file_get_contents($cover['path']), $month);
    if (!empty($upload['error'])) peer_check(false, $cover['path'] . ': ' . $upload['error']);
    $id = peer_check(wp_insert_attachment([
        'post_mime_type' => 'image/svg+xml',
        'post_title' => pathinfo($cover['path'], PATHINFO_FILENAME),
        'post_excerpt' => $cover['caption'],
        'post_status' => 'inherit',
        'guid' => $upload['url'],
    ], $upload['file'], $parent, true), 'attachment');
    $file = _wp_relative_upload_path($upload['file']);
    $size = ['width' => $cover['width'], 'height' => $cover['height']];
    $full = $size + ['file' => basename($file), 'mime-type' => 'image/svg+xml'];
    $bytes = filesize($upload['file']);
    wp_update_attachment_metadata($id, $size + ['file' => $file, 'filesize' => $bytes, 'sizes' => ['full' => $full]]);
    update_post_meta($id, '_wp_attachment_image_alt', $cover['alt']);
    return $id;
}

wp_set_current_user(1);
$names = $data['authors'];
wp_update_user(['ID' => 1, 'display_name' => $names['editor'], 'nickname' => $names['editor']]);
$authors = ['editor' => 1, 'author' => peer_check(wp_insert_user([
    'user_login' => 'author',
    'user_pass' => wp_generate_password(24),
    'user_email' => 'correspondent@example.org',
    'display_name' => $names['author'],
    'role' => 'author',
]), 'author')];
update_option('blogdescription', $data['tagline']);
update_option('timezone_string', $data['timeZone']);
// Gravatar is off the machine (and this site shows no avatars): Settings, Discussion, no avatars.
update_option('show_avatars', 0);
foreach ([1, 2, 3] as $sample) wp_delete_post($sample, true);
if (!wp_get_theme($data['theme'])->exists()) peer_check(false, 'theme ' . $data['theme']);
switch_theme($data['theme']);
$GLOBALS['wp_rewrite']->set_permalink_structure('/%postname%/');
$terms = [];
foreach ($data['terms'] as $term) {
    $args = ['slug' => $term['slug'], 'description' => $term['description']];
    $made = peer_check(wp_insert_term($term['name'], $term['taxonomy'], $args), $term['slug']);
    $terms[$term['taxonomy']][$term['slug']] = (int) $made['term_id'];
}
$article = 0;
foreach ($data['posts'] as $post) {
    $id = peer_check(wp_insert_post([
        'post_title' => $post['title'],
        'post_name' => $post['slug'],
        'post_content' => $post['body'],
        'post_excerpt' => $post['excerpt'],
        'post_status' => 'publish',
        'post_author' => $authors[$post['author']],
        'post_date_gmt' => $post['date'],
        'post_category' => array_map(fn($slug) => $terms['category'][$slug], $post['categories']),
    ], true), $post['slug']);
    wp_set_object_terms($id, array_map(fn($slug) => $terms['post_tag'][$slug], $post['tags']), 'post_tag');
    if ($post['cover']) set_post_thumbnail($id, peer_cover($post['cover'], $id, $post['date']));
    $comments = [];
    foreach ($post['comments'] as $comment) {
        $comments[$comment['key']] = peer_check(wp_insert_comment([
            'comment_post_ID' => $id,
            'comment_parent' => $comments[$comment['parentKey'] ?? ''] ?? 0,
            'comment_author' => $comment['authorName'],
            'comment_author_email' => $comment['authorEmail'],
            'comment_author_url' => $comment['authorUrl'] ?? '',
            'comment_content' => $comment['body'],
            'comment_approved' => 1,
            'comment_date_gmt' => $comment['date'],
            'comment_date' => get_date_from_gmt($comment['date']),
        ]), 'comment ' . $comment['key']);
    }
    if ($post['slug'] === $data['article']) $article = $id;
}
flush_rewrite_rules(false);
echo json_encode([
    'articlePath' => wp_parse_url(get_permalink($article), PHP_URL_PATH),
    'theme' => get_stylesheet() . ' ' . wp_get_theme()->get('Version'),
    'wordpress' => $GLOBALS['wp_version'],
]), "\n";
