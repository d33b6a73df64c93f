package nl.casusregie;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class CasusregieApplication {

    public static void main(String[] args) {
        SpringApplication.run(CasusregieApplication.class, args);
    }
}
