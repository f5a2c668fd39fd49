package dev.tablesmith.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The table-name rule must equal Flask-SQLAlchemy 3.1's regex exactly; every expectation here was produced by
 * running that regex in Python, including its surprising cases ({@code Snake_Case} keeps both underscores).
 */
class SnakeCaseTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "User, user",
        "HTTPResponse, http_response",
        "OAuthToken, o_auth_token",
        "Node2Edge, node2_edge",
        "UserST4, user_st4",
        "ABCPost, abc_post",
        "Snake_case, snake_case",
        "_Private, private",
        "CamelCase, camel_case",
        "camelCase, camel_case",
        "HTMLParser, html_parser",
        "IOError, io_error",
        "A, a",
        "AB, ab",
        "ABc, a_bc",
        "getHTTP2Response, get_http2_response",
        "Snake_Case, snake__case",
        "UserID, user_id",
        "userId, user_id",
        "Version2, version2",
        "V2Api, v2_api",
        "HTTP, http",
        "Ünïcode, ünïcode",
        "ÀBcD, à_bc_d",
        "already_snake, already_snake",
        "XMLHttpRequest, xml_http_request",
        "PDFFile, pdf_file",
        "S3Bucket, s3_bucket",
    })
    void derivesNamesExactlyLikeFlaskSqlAlchemy(String className, String tableName) {
        assertEquals(tableName, SnakeCase.of(className));
    }
}
